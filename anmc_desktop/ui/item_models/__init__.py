"""Table models over the plain records the services return, fed by ``set_rows()``."""
