"""What happens when the editorial workflow is approved."""


def publish_after_peer_review(workflow_state, user=None):
    """Publish the reviewed revision on behalf of the approving trainer.

    Trainers have no publish permission of their own — otherwise they could publish their own
    work and skip the second pair of eyes. The workflow's task has already checked that the
    approver may approve (in the Trainers group, not the submitter), so that approval is the
    permission here.
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
