"""Small builders shared by the tests: the people of the site, made in code."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client


def visitor() -> Client:
    return Client()


def htmx_visitor() -> Client:
    return Client(headers={"HX-Request": "true"})


def reviewer() -> User:
    return User.objects.create_user("reviewer", password="review-pass-123", is_staff=True)
