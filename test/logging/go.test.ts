import { runCases } from "./cases.js";

const wrap = (body: string): string => `package main\n\nimport (\n\t"fmt"\n\t"log"\n\t"os"\n)\n\nfunc handler(w http.ResponseWriter, r *http.Request, password string) {\n${body}\n}\n`;

runCases("go", [
  { name: "log.Printf", code: wrap(`\tlog.Printf("pw=%s", password)`), flag: ["password"] },
  { name: "fmt.Println", code: wrap(`\tfmt.Println(password)`), flag: ["password"] },
  { name: "fmt.Fprintf to stderr but not to the response", code: wrap(`\tfmt.Fprintf(os.Stderr, "%s", password)\n\tfmt.Fprintf(w, "%s", password)`), flag: ["password"] },
  { name: "panic", code: wrap(`\tpanic("bad " + password)`), flag: ["password"] },
  { name: "%T prints the type only", code: wrap(`\tlog.Printf("%T %d", password, 3)`), flag: [] },
  { name: "logrus WithField", code: wrap(`\tlogrus.WithField("token", tok).Info("x")`), flag: ["tok"] },
  { name: "logrus WithFields", code: wrap(`\tlog.WithFields(log.Fields{"password": p}).Info("x")`), flag: ["p"] },
  { name: "zap field", code: wrap(`\tlogger.Info("auth", zap.String("apiKey", k))`), flag: ["k"] },
  { name: "slog key-value pairs", code: wrap(`\tslog.Info("auth", "user", u, "secret", s)`), flag: ["s"] },
  { name: "logger-typed variable", code: wrap(`\tvar audit *log.Logger\n\taudit.Println(password)`), flag: ["password"] },
  { name: "headers dump and Authorization", code: wrap(`\tlog.Println(r.Header)\n\tlog.Println(r.Header.Get("Authorization"))\n\tlog.Println(r.Header.Get("Accept"))`), flag: ["r.Header", "r.Header.Get(\"Authorization\")"] },
  { name: "environment", code: wrap(`\tfmt.Println(os.Environ())\n\tfmt.Println(os.Getenv("HOME"), os.Getenv("API_TOKEN"))`), flag: ["os.Environ()", "os.Getenv(\"API_TOKEN\")"] },
  { name: "short var flow", code: wrap(`\ttok := r.FormValue("token")\n\tlog.Println(tok)`), flag: ["tok"] },
  { name: "Sprintf flow", code: wrap(`\tmsg := fmt.Sprintf("pw=%s", password)\n\tlog.Println(msg)`), flag: ["msg"] },
  { name: "struct literal flow", code: wrap(`\tc := Creds{User: u, Password: password}\n\tlog.Printf("%v", c)`), flag: ["c"] },
  { name: "struct field", code: wrap(`\tlog.Println(cfg.Password, cfg.Host)`), flag: ["cfg.Password"] },
  { name: "getter methods named as secrets", code: wrap(`\tlog.Println(cfg.APIKey(), cfg.Host())\n\tlog.Println(r.URL.User.Password())`), flag: ["cfg.APIKey()", "r.URL.User.Password()"] },
  { name: "strings.ReplaceAll of the secret by a mask", code: wrap(`\tdsn := "postgres://app:" + password + "@db"\n\tlog.Println(strings.ReplaceAll(dsn, password, "xxxx"))\n\tlog.Println(strings.ReplaceAll(dsn, "postgres", "xxxx"))`), flag: ["strings.ReplaceAll(dsn, \"postgres\", \"xxxx\")"] },
  { name: "Sprintf alone is not a sink", code: wrap(`\t_ = fmt.Sprintf("%s", password)`), flag: [] },
  { name: "short slice prefix", code: wrap(`\tlog.Println(password[:3])`), flag: [] },
  { name: "package constant", code: `package main\n\nconst defaultPassword = "changeme"\n\nfunc f() {\n\tlog.Println(defaultPassword)\n}\n`, flag: [] },
  { name: "error values", code: wrap(`\terr := check(password)\n\tlog.Println(err)`), flag: [] },
  { name: "parameter flow", code: `package main\n\nfunc show(v string) {\n\tlog.Println(v)\n}\n\nfunc main() {\n\tshow(os.Getenv("CLIENT_SECRET"))\n}\n`, flag: ["v"] },
]);

runCases("go", [
  { name: "a whole struct whose secret field the function reads", code: wrap(`\tcfg := configFromEnv()\n\tlog.Printf("config: %+v", cfg)\n\tif cfg.Password == "" {\n\t\treturn\n\t}`), flag: ["cfg"] },
  { name: "a struct whose fields read here are not secrets", code: wrap(`\tcfg := configFromEnv()\n\tlog.Printf("config: %+v", cfg)\n\tfmt.Println(cfg.Host, cfg.Port)`), flag: [] },
  { name: "a member of another object says nothing of a local with the same name", code: wrap(`\tenv := "staging"\n\tlog.Println(env)\n\t_ = secrets.env.Password`), flag: [] },
]);

runCases("go", [
  { name: "an error from decoding the body says what failed, not what was read; one built around a key carries it", code: wrap(`\tif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\n\t\tlog.Printf("bad payload: %v", err)\n\t}\n\terr2 := fmt.Errorf("rejected key %s", password)\n\tlog.Println(err2)`), flag: ["err2"] },
  { name: "logrus entry from WithFields, then WithField and Debug on it", code: "package p\n\nfunc cb(tok *oauth2.Token, idToken string, userID string) {\n\tentry := logrus.WithFields(logrus.Fields{\"user_id\": userID})\n\tentry.WithField(\"access_token\", tok.AccessToken).Info(\"exchanged\")\n\tentry.Debug(\"id_token: \" + idToken)\n\tentry.Infof(\"id_token length=%d\", len(idToken))\n}\n", flag: ["tok.AccessToken", "idToken"] },
]);
