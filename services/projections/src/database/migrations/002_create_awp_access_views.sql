CREATE TABLE read_models.awp_access_views (
  holder_id text NOT NULL,
  employee_iin text NOT NULL,
  role text NOT NULL,
  status text NOT NULL,
  trained boolean NOT NULL,
  reason text,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (holder_id, employee_iin, role)
);
