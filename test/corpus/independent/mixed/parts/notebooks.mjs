// Jupyter notebooks (.ipynb). Lines are lines of the JSON text.
import { fromText, POS, NEG } from './builder.mjs';
import { tok } from './tokens.mjs';
import { hex } from './rng.mjs';

// cells: [{ type, src: [ [text, label?], ... ], outputs? }]
function notebook(path, cells) {
  const marks = [];
  const nb = {
    cells: cells.map((c, idx) => {
      const source = c.src.map(([text, label], i) => {
        if (label) marks.push({ needle: JSON.stringify(text).slice(1, -1), label });
        return i < c.src.length - 1 ? text + '\n' : text;
      });
      for (const m of c.outMarks || []) marks.push(m);
      // key order as written by Jupyter (alphabetical)
      const id = hex(8);
      return c.type === 'code'
        ? { cell_type: c.type, execution_count: idx + 1, id, metadata: {}, outputs: c.outputs || [], source }
        : { cell_type: c.type, id, metadata: {}, source };
    }),
    metadata: {
      kernelspec: { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' },
      language_info: { name: 'python', version: '3.11.8' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return fromText(path, 'ipynb', JSON.stringify(nb, null, 1) + '\n', marks);
}

const stream = (lines) => ({ name: 'stdout', output_type: 'stream', text: lines.map((l, i) => (i < lines.length - 1 ? l + '\n' : l)) });

export function notebooks() {
  notebook('notebooks/churn/ticket_summaries.ipynb', [
    { type: 'markdown', src: [['# Support ticket summarisation'], [''], ['Summarise last month\'s churned-customer tickets with the LLM API.']] },
    { type: 'code', src: [
      ['import os'],
      ['import pandas as pd'],
      ['from openai import OpenAI'],
    ] },
    { type: 'markdown', src: [['Key comes from the environment on the shared JupyterHub (set via the secrets sidecar).']] },
    { type: 'code', src: [
      ['client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])', NEG('reference')],
    ] },
    { type: 'markdown', src: [['Local run: the env var was not picked up, so hardcoding for now.']] },
    { type: 'code', src: [
      [`client = OpenAI(api_key="${tok.openai()}")`, POS('openai-key')],
    ] },
    { type: 'code', src: [
      ['df = pd.read_parquet("s3://acme-analytics/churn/tickets_2024_04.parquet")'],
      ['df = df[df.status == "closed"].head(200)'],
      ['print(len(df), "tickets")'],
    ], outputs: [stream(['200 tickets'])] },
    { type: 'code', src: [
      ['def summarise(text):'],
      ['    r = client.chat.completions.create('],
      ['        model="gpt-4o-mini",'],
      ['        messages=[{"role": "user", "content": f"Summarise: {text}"}],'],
      ['    )'],
      ['    return r.choices[0].message.content'],
      [''],
      ['df["summary"] = df.body.map(summarise)'],
    ] },
  ]);

  notebook('notebooks/geo/store_locations_enrichment.ipynb', [
    { type: 'markdown', src: [['## Geocode store addresses and upload results']] },
    { type: 'code', src: [
      ['import boto3, googlemaps, os'],
      ['import pandas as pd'],
    ] },
    { type: 'code', src: [
      [`gmaps = googlemaps.Client(key="${tok.googleApiKey()}")`, POS('google-api-key')],
    ] },
    { type: 'code', src: [
      ['stores = pd.read_csv("stores.csv")'],
      ['stores["geo"] = stores.address.map(lambda a: gmaps.geocode(a)[0]["geometry"]["location"])'],
      ['stores.head()'],
    ] },
    { type: 'code', src: [
      ['s3 = boto3.client('],
      ['    "s3",'],
      [`    aws_access_key_id="${tok.awsKeyId()}",`, POS('aws-access-key')],
      [`    aws_secret_access_key="${tok.awsSecret()}",`, POS('aws-secret-key')],
      [')'],
    ] },
    { type: 'code', src: [
      ['# prod run uses the instance role instead:'],
      ['# s3 = boto3.client("s3", region_name=os.getenv("AWS_REGION", "eu-west-1"))'],
      ['# gmaps = googlemaps.Client(key=os.environ["GMAPS_API_KEY"])', NEG('reference')],
      ['bucket = os.getenv("GEO_BUCKET", "acme-geo-dev")'],
      ['s3.upload_file("stores_geo.csv", bucket, "stores/stores_geo.csv")'],
    ], ...(() => { const etag = hex(32); return { outputs: [stream([`ETag: "${etag}"`])], outMarks: [{ needle: etag, label: NEG('hash') }] }; })() },
  ]);
}
