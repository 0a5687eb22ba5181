"""Fine-tuning the claim-matching encoder (claims/matching/encoder.py) on CheckThat! 2022 2A."""
