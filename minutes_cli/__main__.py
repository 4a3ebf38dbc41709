from minutes_cli.cli import main

main()
