"""Every sentence a person reads, in one place (one module per area, so each stays short).

Adapters and renderers lay these out; they never write their own sentences. Error messages say what was
wrong and how to fix it.
"""
