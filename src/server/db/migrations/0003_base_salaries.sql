-- Mức lương cơ sở (national, dated). Prize money uses the amount in force on the decision date.
INSERT INTO base_salaries (effective_from, amount, legal_basis) VALUES
  ('2019-07-01', 1490000, 'Nghị định 38/2019/NĐ-CP'),
  ('2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP'),
  ('2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP'),
  ('2026-07-01', 2530000, '')
ON CONFLICT (effective_from) DO NOTHING;
