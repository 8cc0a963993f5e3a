// i18n / locale files: full of "password"/"token"/"secret" words, all negatives
import { file, NEG } from './builder.mjs';

const WORDS = /pass(word|wort|e)|mot de passe|contrase|token|jeton|secret|geheim|schl(ü|ue)ssel|cl(é|e)f? d'api|clave|credential|zugangsdaten|identifiants/i;

function localeFile(path, kind, text) {
  const f = file(path, kind);
  for (const ln of text.replace(/\n$/, '').split('\n')) f.l(ln, WORDS.test(ln) ? NEG('i18n') : undefined);
  return f;
}

export function i18n() {
  localeFile('web/src/locales/en.json', 'i18n-json', `{
  "auth": {
    "email": "Email",
    "password": "Password",
    "passwordConfirm": "Confirm password",
    "forgotPassword": "Forgot your password?",
    "resetPassword": "Reset password",
    "passwordTooShort": "Password must be at least {{min}} characters",
    "passwordMismatch": "Passwords do not match",
    "signIn": "Sign in",
    "signOut": "Sign out"
  },
  "settings": {
    "githubToken": {
      "label": "GitHub personal access token",
      "hint": "Create a token with the repo scope. It is stored encrypted and never shown again."
    },
    "apiKey": "API key",
    "apiSecret": "API secret",
    "regenerateSecret": "Regenerate secret",
    "tokenExpired": "Your session token has expired. Please sign in again.",
    "show": "Show",
    "hide": "Hide",
    "save": "Save"
  },
  "checkout": {
    "pay": "Pay now",
    "cardDeclined": "Your card was declined."
  },
  "support": {
    "title": "Contact support",
    "send": "Send",
    "sent": "Thanks! We'll get back to you."
  }
}
`);

  localeFile('web/src/locales/fr.json', 'i18n-json', `{
  "auth": {
    "email": "E-mail",
    "password": "Mot de passe",
    "passwordConfirm": "Confirmez le mot de passe",
    "forgotPassword": "Mot de passe oublié ?",
    "resetPassword": "Réinitialiser le mot de passe",
    "passwordTooShort": "Le mot de passe doit contenir au moins {{min}} caractères",
    "passwordMismatch": "Les mots de passe ne correspondent pas",
    "signIn": "Se connecter",
    "signOut": "Se déconnecter"
  },
  "settings": {
    "githubToken": {
      "label": "Jeton d'accès personnel GitHub",
      "hint": "Créez un jeton avec la portée repo. Il est chiffré et ne sera plus affiché."
    },
    "apiKey": "Clé d'API",
    "apiSecret": "Secret de l'API",
    "regenerateSecret": "Régénérer le secret",
    "tokenExpired": "Votre jeton de session a expiré. Veuillez vous reconnecter.",
    "show": "Afficher",
    "hide": "Masquer",
    "save": "Enregistrer"
  },
  "checkout": {
    "pay": "Payer",
    "cardDeclined": "Votre carte a été refusée."
  }
}
`);

  localeFile('config/locales/de.yml', 'i18n-yaml', `de:
  activerecord:
    attributes:
      user:
        email: "E-Mail"
        password: "Passwort"
        password_confirmation: "Passwort bestätigen"
        api_token: "API-Token"
  devise:
    passwords:
      send_instructions: "Sie erhalten in wenigen Minuten eine E-Mail mit Anweisungen zum Zurücksetzen Ihres Passworts."
      updated: "Ihr Passwort wurde geändert. Sie sind jetzt angemeldet."
    failure:
      invalid: "Ungültige E-Mail-Adresse oder ungültiges Passwort."
      timeout: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an."
  integrations:
    title: "Integrationen"
    client_secret: "Client-Geheimnis"
    client_secret_hint: "Das Geheimnis wird nur einmal angezeigt."
    access_token_expired: "Das Zugriffstoken ist abgelaufen."
    rotate_key: "API-Schlüssel erneuern"
`);

  localeFile('src/main/resources/messages.properties', 'i18n-properties', `# Default (English) messages for the admin console
app.title=Acme Admin
login.username=Username
login.password=Password
login.password.required=Password is required
login.password.invalid=Invalid username or password
login.submit=Log in
account.password.change=Change password
account.password.changed=Your password has been changed
account.token.generate=Generate access token
account.token.revoked=Token {0} has been revoked
account.secret.rotate=Rotate client secret
account.secret.warning=The client secret is shown only once. Store it securely.
error.token.expired=Your token has expired
error.generic=Something went wrong
`);

  localeFile('locale/es/LC_MESSAGES/django.po', 'i18n-po', `# Spanish translations for the billing portal.
msgid ""
msgstr ""
"Project-Id-Version: ledgerline 2.4\\n"
"Language: es\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: accounts/forms.py:22
msgid "Password"
msgstr "Contraseña"

#: accounts/forms.py:31
msgid "The two password fields didn't match."
msgstr "Las dos contraseñas no coinciden."

#: accounts/views.py:88
msgid "Your password reset token is invalid or has expired."
msgstr "El token para restablecer la contraseña no es válido o ha caducado."

#: integrations/templates/integrations/detail.html:14
msgid "API secret"
msgstr "Secreto de la API"

#: integrations/templates/integrations/detail.html:19
msgid "Copy this secret now. You won't be able to see it again."
msgstr "Copia este secreto ahora. No podrás volver a verlo."
`);
}
