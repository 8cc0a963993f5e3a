const log = require("loglevel");

class Lexer {
  constructor(source) {
    this.source = source;
    this.tokenCount = 0;
  }
  next() {
    const tokenType = this.peekType();
    log.debug("token type", tokenType);
    log.debug("token count", this.tokenCount);
    const stringTokenizer = new Tokenizer(this.source);
    log.debug(stringTokenizer);
  }
}

function sendRequest(client, userToken) {
  log.info("sending with token", userToken);
  log.info("token length", userToken.length);
  log.info("token prefix", userToken.substring(0, 4));
  log.info("token prefix", userToken.substring(0, 12));
  const auth = "Bearer " + userToken;
  log.info("auth:", auth);
  const sha = sha256(userToken);
  log.info(sha);
}
