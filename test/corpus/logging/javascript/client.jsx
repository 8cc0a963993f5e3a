import React from "react";

export function LoginForm({ onSubmit }) {
  const [password, setPassword] = React.useState("");
  function submit() {
    console.log("submitting", password);
    onSubmit(password);
  }
  return <button onClick={submit}>Log in</button>;
}
