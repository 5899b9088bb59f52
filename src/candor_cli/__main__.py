from candor_cli.main import main

raise SystemExit(main())
