"""The billing-blocker evaluation: seeded scenarios and the recorded demo data."""
