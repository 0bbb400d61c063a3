import sys

from mindful_clinic.cli import main

sys.exit(main())
