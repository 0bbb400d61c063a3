import multiprocessing
import sys

# The PyInstaller bundle starts here. In a frozen app a worker process (services/log/scan.py) is
# the same executable started again; this runs the worker's task and exits before any of the app
# starts. Under a plain interpreter it does nothing.
multiprocessing.freeze_support()

from mindful_clinic.cli import main  # noqa: E402

sys.exit(main())
