"""News that travels up the ladder: organisations announces, upper apps listen."""

from django.dispatch import Signal

#: Sent after a person's current membership was created or changed (new function, background,
#: team or region). Receivers: courses (learning-path enrolments). Arguments: user.
membership_changed = Signal()
