package main

import "fmt"

func main() {
	dbPassword := "{{fake:password}}"
	fmt.Println(len(dbPassword))
}
