"""LeetCode solutions: one module per problem, named ``lcNNNN_slug``.

Each module holds its problem's metadata (``PROBLEM``), LeetCode's own examples
(``EXAMPLES``), the solution classes between snippet markers (the part a page
embeds and a reader pastes into LeetCode), and ``run``, which adapts LeetCode's
input notation to the solution and its output back.
"""
