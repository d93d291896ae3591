"""Data files of the language stage: the generated gazetteer and the hand-written table it is built from."""
