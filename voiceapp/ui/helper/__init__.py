"""The helper's screens: the list of young people, each young person's page,
adding things made elsewhere, the chair's key card, the young person's space,
and sending to the chair with a receipt."""
