"""The Qt widgets and models. Only `roundtable.app` builds them."""
