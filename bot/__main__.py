"""``python -m bot`` is the ``racebot`` command."""

from bot.cli import main

raise SystemExit(main())
