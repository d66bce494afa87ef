"""`python -m bot` is the `carepost` command."""

from bot.cli import main

if __name__ == "__main__":
    main()
