import hashlib
import logging
import os
import sys
from getpass import getpass

import structlog
from flask import request
from loguru import logger as loguru_logger

logger = logging.getLogger(__name__)
log = structlog.get_logger()


def login():
    username = request.form["username"]
    password = request.form["password"]
    logger.info("login attempt for %s", username)
    logger.info("login attempt %s / %s", username, password)
    logger.debug(f"credentials: {username}:{password}")
    logger.debug("form: %s", request.form)
    logger.debug("headers: %s", request.headers)
    logger.debug("agent: %s", request.headers.get("User-Agent"))
    logger.debug("auth: %s", request.headers.get("Authorization"))
    digest = hashlib.sha256(password.encode()).hexdigest()
    logger.info("password digest %s", digest)
    log.info("login", user=username, password=password)
    log.info("login", user=username, password_set=bool(password))
    loguru_logger.info("pw length {}", len(password))
    loguru_logger.info("pw {}", password)


def settings_dump():
    print(os.environ)
    print(dict(os.environ))
    print(os.environ["HOME"], os.environ.get("PATH"))
    print("db url", os.environ["DATABASE_PASSWORD"])
    print("aws", os.getenv("AWS_SECRET_ACCESS_KEY"))
    print("region", os.getenv("AWS_REGION"))
    print(list(os.environ.keys()))


def prompt():
    secret = getpass("Secret: ")
    print("you typed", secret)
    print("you typed", len(secret), "characters")
    sys.stderr.write("secret=" + secret + "\n")
    secret = hashlib.md5(secret.encode()).hexdigest()
    print("hashed", secret)


class Client:
    def __init__(self, api_key, region):
        self.api_key = api_key
        self.region = region
        logger.info("client for region %s", self.region)
        logger.info("client key %s", self.api_key)

    def call(self, token):
        logger.debug("calling with token=%s", token[:4])
        logger.debug("calling with token=%s", token)
        logger.debug("token type %s", type(token))


def show(value):
    print("value", value)


show(os.environ["GITHUB_TOKEN"])


def show_count(count):
    print("count", count)


show_count(3)

token_count = 12
print("tokens used", token_count)
password_policy = {"min": 12}
print(password_policy)
hashed_password = hashlib.sha256(b"x").hexdigest()
print(hashed_password)
DEFAULT_PASSWORD = "changeme"
print(DEFAULT_PASSWORD)
print("Enter your password:")
config = {"sleep_timer": 5, "password": os.environ.get("PW")}
print(config["sleep_timer"])
print(config["password"])
logger.info("extra", extra={"password": config["password"]})
logger.info("extra", extra={"user": "x"})
