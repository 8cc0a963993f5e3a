import { FB, pw, rr, rs, hex, reg, A } from './core.mjs';
import * as T from './tokens.mjs';
import * as N from './negs.mjs';

export default function ci() {
  const out = [];

  // ---------------------------------------------------------------- GitLab CI
  {
    const f = new FB('ci/.gitlab-ci.yml');
    f.o(`stages:
  - lint
  - test
  - build
  - deploy

variables:
  DOCKER_DRIVER: overlay2
  DOCKER_TLS_CERTDIR: "/certs"
  IMAGE_TAG: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
  SONAR_HOST_URL: https://sonar.example.com`);
    f.s(`  SONAR_TOKEN: "${T.sonarToken()}"`, 'sonarqube-token', ['yaml', 'gitlab-ci']);
    f.o(`
.docker-login: &docker-login
  before_script:`);
    f.n(`    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"`, 'variable-reference');
    f.o(`
lint:
  stage: lint
  image: python:3.12-slim
  script:
    - pip install ruff
    - ruff check .

test:
  stage: test
  image: python:3.12
  services:
    - postgres:15
  variables:
    POSTGRES_HOST_AUTH_METHOD: trust
    DATABASE_URL: postgres://postgres@postgres:5432/postgres
  script:
    - pip install -r requirements-dev.txt
    - pytest -q --junitxml=report.xml
  artifacts:
    reports:
      junit: report.xml

build:
  stage: build
  image: docker:25
  services:
    - docker:25-dind
  <<: *docker-login
  script:
    - docker build -t "$IMAGE_TAG" .
    - docker push "$IMAGE_TAG"

deploy:
  stage: deploy
  image: alpine/k8s:1.29.2
  environment: production
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  script:`);
    f.n(`    - kubectl --server="$KUBE_URL" --token="$KUBE_TOKEN" set image deploy/api api="$IMAGE_TAG"`, 'variable-reference');
    f.s(`    - curl -fsS -X POST -F token=${reg('gl' + 'ptt-' + rs(20, A.AN))} -F ref=main https://gitlab.example.com/api/v4/projects/412/trigger/pipeline`, 'gitlab-trigger-token', ['yaml', 'gitlab-ci']);
    out.push(f);
  }

  // ---------------------------------------------------------------- Bitbucket Pipelines
  {
    const f = new FB('ci/bitbucket-pipelines.yml');
    f.o(`image: node:20

definitions:
  caches:
    npm: ~/.npm
  steps:
    - step: &test
        name: Test
        caches:
          - npm
        script:
          - npm ci
          - npm test -- --ci

pipelines:
  default:
    - step: *test
  branches:
    main:
      - step: *test
      - step:
          name: Publish package
          deployment: production
          script:`);
    f.s(`            - echo "//registry.npmjs.org/:_authToken=${T.npmToken()}" > ~/.npmrc`, 'npm-token', ['yaml', 'bitbucket-pipelines']);
    f.o(`            - npm publish --access public
      - step:
          name: Deploy site to S3
          script:
            - npm run build
            - pipe: atlassian/aws-s3-deploy:1.1.0
              variables:`);
    f.n(`                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID`, 'variable-reference');
    f.n(`                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY`, 'variable-reference');
    f.o(`                AWS_DEFAULT_REGION: eu-west-1
                S3_BUCKET: acme-site-prod
                LOCAL_PATH: build
            - pipe: atlassian/slack-notify:2.1.0
              variables:`);
    f.n(`                WEBHOOK_URL: $SLACK_WEBHOOK_URL`, 'variable-reference');
    f.o(`                MESSAGE: "Site deployed: $BITBUCKET_COMMIT"`);
    out.push(f);
  }

  // ---------------------------------------------------------------- CircleCI
  {
    const f = new FB('ci/.circleci/config.yml');
    f.o(`version: 2.1

orbs:
  node: circleci/node@5.2.0
  aws-cli: circleci/aws-cli@4.1.3

executors:
  py:
    docker:
      - image: cimg/python:3.12
        auth:
          username: acmeci`);
    f.n(`          password: $DOCKERHUB_PASSWORD`, 'variable-reference');
    f.o(`
jobs:
  test:
    executor: py
    steps:
      - checkout
      - run: pip install -r requirements-dev.txt
      - run: pytest -q

  deploy:
    executor: py
    environment:
      ANSIBLE_HOST_KEY_CHECKING: "False"
      ROLLBAR_ENVIRONMENT: production`);
    f.s(`      ROLLBAR_ACCESS_TOKEN: ${T.hexSecret(32)}`, 'rollbar-access-token', ['yaml', 'circleci']);
    f.o(`    steps:
      - checkout
      - run: pip install ansible==9.4.0
      - run:
          name: Run playbook`);
    f.n(`          command: ansible-playbook -i inventories/production site.yml --vault-password-file <(echo "$ANSIBLE_VAULT_PASSWORD")`, 'variable-reference');
    f.o(`
workflows:
  build-deploy:
    jobs:
      - test
      - deploy:
          requires: [test]
          context: production
          filters:
            branches:
              only: main`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Azure Pipelines
  {
    const f = new FB('ci/azure-pipelines.yml');
    f.o(`trigger:
  branches:
    include:
      - main

pool:
  vmImage: ubuntu-22.04

variables:
  - group: prod-secrets
  - name: buildConfiguration
    value: Release
  - name: NUGET_API_KEY`);
    f.s(`    value: ${reg('o' + 'y2' + rs(43, A.LODI))}`, 'nuget-api-key', ['yaml', 'azure-pipelines']);
    f.o(`
stages:
  - stage: Build
    jobs:
      - job: build
        steps:
          - task: UseDotNet@2
            inputs:
              version: 8.0.x
          - script: dotnet build --configuration $(buildConfiguration)
            displayName: Build
          - script: dotnet pack -c $(buildConfiguration) -o $(Build.ArtifactStagingDirectory)
            displayName: Pack`);
    f.n(`          - script: dotnet nuget push "$(Build.ArtifactStagingDirectory)/*.nupkg" --api-key $(NUGET_API_KEY) --source https://api.nuget.org/v3/index.json`, 'variable-reference');
    f.o(`            displayName: Push to nuget.org
          - task: AzureCLI@2
            displayName: Upload symbols
            inputs:
              azureSubscription: prod-service-connection
              scriptType: bash
              scriptLocation: inlineScript
              inlineScript: |`);
    f.n(`                az storage blob upload-batch --account-name acmeartifacts --account-key "$(STORAGE_ACCOUNT_KEY)" -d symbols -s $(Build.ArtifactStagingDirectory)`, 'variable-reference');
    out.push(f);
  }

  // ---------------------------------------------------------------- Travis
  {
    const f = new FB('ci/.travis.yml');
    f.o(`language: python
dist: jammy
python:
  - "3.11"
  - "3.12"
services:
  - docker

env:
  global:`);
    f.n(`    - secure: "${N.travisSecure()}"`, 'travis-encrypted');
    f.n(`    - secure: "${N.travisSecure()}"`, 'travis-encrypted');
    f.o(`    - PIP_DISABLE_PIP_VERSION_CHECK=1

install:
  - pip install -r requirements-dev.txt

script:
  - pytest -q

deploy:
  provider: pypi
  username: __token__
  password:`);
    f.n(`    secure: "${N.travisSecure()}"`, 'travis-encrypted');
    f.o(`  distributions: "sdist bdist_wheel"
  on:
    tags: true
    python: "3.12"

notifications:
  email: false
  slack:
    rooms:`);
    f.n(`      - secure: "${N.travisSecure()}"`, 'travis-encrypted');
    out.push(f);
  }

  return out;
}
