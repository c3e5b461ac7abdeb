"""presenter"""
