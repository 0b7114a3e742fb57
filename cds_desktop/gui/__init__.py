"""The Qt desktop front end. The only package that may import Qt."""
