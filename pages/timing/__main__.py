"""``python -m pages.timing --db PATH``."""

import sys

from pages.timing import main

sys.exit(main())
