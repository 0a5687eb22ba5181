"""Telling people what happened to their claims: in the admin, and by e-mail after commit.

`notify.py` (the flow) decides who is told of a workflow step or a mention and stores one
Notification each; `tasks.py` sends the e-mails; `emails.py` writes them.
"""
