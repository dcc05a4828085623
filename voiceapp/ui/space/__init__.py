"""The young person's space: learn about the meeting, draw, write, record, say
how they feel, look after their things, hide, rest and finish.

- ``space.YoungSpace``: the whole space, with its bar and its pages
- ``menu``: the big choices; ``bar``: Home, Read to me, Hide, break, finished
- ``things``: My things; ``saver``: saving into the vault as they go
- ``cover``: what Hide shows; ``rest``: the break and finished pages
"""
