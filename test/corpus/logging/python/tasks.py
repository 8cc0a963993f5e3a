import json
import logging
import os

import requests

log = logging.getLogger("tasks")


def refresh(session, client_id, client_secret):
    payload = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret}
    log.debug("token request for client %s", client_id)
    log.debug("token request payload %s", payload)
    log.debug("token request payload %s", json.dumps(payload))
    resp = session.post("https://auth.example.test/token", data=payload)
    data = resp.json()
    access_token = data["access_token"]
    expires_in = data["expires_in"]
    log.info("got token, expires in %s", expires_in)
    log.info("got token %s", access_token)
    log.info("token length %d", len(access_token))
    return access_token


def connect_db():
    dsn = os.environ.get("DATABASE_URL")
    password = os.environ["PGPASSWORD"]
    user = os.environ.get("PGUSER", "postgres")
    logging.info("connecting as %s", user)
    logging.info("connecting with password %s", password)
    logging.info("connecting with password: %s", "*" * len(password))
    conn_string = f"postgresql://{user}:{password}@db/app"
    logging.debug("conn string %s", conn_string)
    return conn_string


class Webhook:
    def __init__(self, url, signing_secret):
        self.url = url
        self._signing_secret = signing_secret

    def __repr__(self):
        return f"Webhook({self.url})"

    def send(self, body):
        log.info("sending webhook to %s", self.url)
        log.info("sending webhook %r", self)
        log.debug("signing with %s", self._signing_secret)
        print("body", body)


def debug_request(request):
    print(request.headers)
    print(request.headers.get("Content-Type"))
    print(request.cookies.get("sessionid"))
    print(request.args.get("page"))
    token = request.args.get("token")
    print("query token", token)
