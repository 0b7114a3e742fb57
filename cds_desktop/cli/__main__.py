import sys

from . import program

sys.exit(program())
