import sys

from gapboard.refresh.run import main

sys.exit(main())
