"""The staff review: families of near-duplicate cases, dashboard figures."""
