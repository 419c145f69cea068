"""`python -m gapboard.build`: validate the sources and write a new build."""
from gapboard.build.run import main

raise SystemExit(main())
