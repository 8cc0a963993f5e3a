"""Django-style settings (demo)."""
import json

OPENAI_API_KEY = "{{fake:openai}}"
SENDGRID_API_KEY = "{{fake:sendgrid}}"
DEBUG = False
PASSWORD_MIN_LENGTH = 12
