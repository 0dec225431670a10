from newsdb.cli import main

main()
