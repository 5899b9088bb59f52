"""candor: structured, quantitatively based selection and defensible feedback.

The core package is pure Python plus numpy/scipy: no Django, no database, no
network. Import submodules for the parts you need (``candor.plans``,
``candor.scoring``, ``candor.stats``, ``candor.language``, ``candor.letters``).
"""

from candor.errors import CandorError, InputError, PlanError, Problem, UndefinedError

__version__ = "0.1.0"

__all__ = ["CandorError", "InputError", "PlanError", "Problem", "UndefinedError", "__version__"]
