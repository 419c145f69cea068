import sys

from gapboard.serve.replicas import main

sys.exit(main())
