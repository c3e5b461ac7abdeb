from roundtable.cli import main

raise SystemExit(main())
