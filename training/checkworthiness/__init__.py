"""Training the check-worthiness model that claims.checkworthiness scores with
(`python -m training.checkworthiness --data DIR`)."""
