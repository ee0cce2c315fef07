"""Allow ``python -m anmc_desktop``."""

from anmc_desktop.cli import main

raise SystemExit(main())
