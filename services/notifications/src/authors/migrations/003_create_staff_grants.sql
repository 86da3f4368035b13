-- Who holds which AWP role at which holder (C7), folded from the `awpaccess-…` facts in the follower's
-- transaction, so a clock's staff notices go to those who held the role when the clock's fact was handled.
CREATE TABLE notifications.staff_grants (
  holder_id    text        NOT NULL,
  employee_iin text        NOT NULL,
  role         text        NOT NULL,
  status       text        NOT NULL,
  trained      boolean     NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (holder_id, employee_iin, role)
);

CREATE INDEX staff_grants_active_by_holder ON notifications.staff_grants (holder_id) WHERE status = 'approved' AND trained;
