-- 0003: the public lists every community posts (five kinds, versioned: a draft is edited, a published
-- version never changes) and the register of work-access requests (准入申请) with the catalogue of
-- admitted work that follows from it. Policy: 官民函〔2022〕61号, 二(五).

CREATE TABLE list_version (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('work_items', 'seal_usage', 'statutory_duties', 'assisting_duties',
                                               'certificates')),
  version_no      INTEGER NOT NULL CHECK (version_no >= 1),
  status          TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  effective_date  TEXT CHECK (effective_date IS NULL OR effective_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  approved_by     TEXT,
  published_at    TEXT,
  copied_from_id  INTEGER REFERENCES list_version (id),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (kind, version_no),
  -- Publishing fills the effective date, who approved it and when; a draft has none of them.
  CHECK ((status = 'published') = (effective_date IS NOT NULL)),
  CHECK ((status = 'published') = (published_at IS NOT NULL)),
  CHECK ((status = 'published') = (approved_by IS NOT NULL AND length(trim(approved_by)) > 0))
) STRICT;
-- A kind has at most one draft: a new version always starts from the one in force.
CREATE UNIQUE INDEX list_version_one_draft ON list_version (kind) WHERE status = 'draft';

CREATE TABLE list_item (
  id                INTEGER PRIMARY KEY,
  version_id        INTEGER NOT NULL REFERENCES list_version (id),
  -- Kept when a draft copies the items, so versions can be compared item by item.
  item_key          TEXT NOT NULL CHECK (length(item_key) > 0),
  seq               INTEGER NOT NULL CHECK (seq >= 1),
  title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
  content           TEXT NOT NULL DEFAULT '',
  legal_basis       TEXT NOT NULL DEFAULT '',
  responsible_unit  TEXT NOT NULL DEFAULT '',
  community_role    TEXT NOT NULL DEFAULT '',
  remarks           TEXT NOT NULL DEFAULT '',
  -- Shipped example content, to be replaced by the official list.
  is_sample         INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
  UNIQUE (version_id, item_key),
  UNIQUE (version_id, seq)
) STRICT;

CREATE TRIGGER list_version_published_no_update BEFORE UPDATE ON list_version
WHEN OLD.status = 'published'
BEGIN
  SELECT RAISE(ABORT, 'published list version is immutable');
END;
CREATE TRIGGER list_version_published_no_delete BEFORE DELETE ON list_version
WHEN OLD.status = 'published'
BEGIN
  SELECT RAISE(ABORT, 'published list version is immutable');
END;
CREATE TRIGGER list_item_published_no_insert BEFORE INSERT ON list_item
WHEN (SELECT status FROM list_version WHERE id = NEW.version_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'published list version is immutable');
END;
CREATE TRIGGER list_item_published_no_update BEFORE UPDATE ON list_item
WHEN (SELECT status FROM list_version WHERE id = OLD.version_id) = 'published'
  OR (SELECT status FROM list_version WHERE id = NEW.version_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'published list version is immutable');
END;
CREATE TRIGGER list_item_published_no_delete BEFORE DELETE ON list_item
WHEN (SELECT status FROM list_version WHERE id = OLD.version_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'published list version is immutable');
END;

-- Initial content. The policy states one list's content: a residents' committee issues only 经济困难证明
-- (云政发〔2018〕23号). The other lists get a few samples, marked as such, until the official lists are
-- imported. Version 1 is dated 2020-09-23, when the district relayed the Kunming lists. Each version is
-- inserted as a draft and then published, the same path the app takes.
INSERT INTO list_version (id, kind, version_no, status, created_at, updated_at) VALUES
  (1, 'work_items', 1, 'draft', '2020-09-23T00:00:00+08:00', '2020-09-23T00:00:00+08:00'),
  (2, 'seal_usage', 1, 'draft', '2020-09-23T00:00:00+08:00', '2020-09-23T00:00:00+08:00'),
  (3, 'statutory_duties', 1, 'draft', '2020-09-23T00:00:00+08:00', '2020-09-23T00:00:00+08:00'),
  (4, 'assisting_duties', 1, 'draft', '2020-09-23T00:00:00+08:00', '2020-09-23T00:00:00+08:00'),
  (5, 'certificates', 1, 'draft', '2020-09-23T00:00:00+08:00', '2020-09-23T00:00:00+08:00');

INSERT INTO list_item (version_id, item_key, seq, title, content, legal_basis, responsible_unit, community_role,
  remarks, is_sample) VALUES
  (1, 'builtin-work_items-1', 1, '组织居民会议和居民代表会议', '组织召开居民会议、居民代表会议，协商决定社区公共事务',
    '《中华人民共和国城市居民委员会组织法》', '社区居民委员会', '组织实施', '示例，请以官方清单导入替换', 1),
  (1, 'builtin-work_items-2', 2, '协助开展人口普查等统计调查', '协助做好入户登记、宣传动员等统计调查工作',
    '《中华人民共和国统计法》', '区统计局', '协助', '示例，请以官方清单导入替换', 1),
  (1, 'builtin-work_items-3', 3, '协助做好社会救助申请受理', '协助受理辖区居民社会救助申请，配合入户调查',
    '《社会救助暂行办法》', '区民政局', '协助', '示例，请以官方清单导入替换', 1),
  (2, 'builtin-seal_usage-1', 1, '出具经济困难证明', '为辖区居民出具经济困难证明并加盖社区居民委员会印章',
    '云政发〔2018〕23号', '社区居民委员会', '审核后盖章', '示例，请以官方清单导入替换', 1),
  (2, 'builtin-seal_usage-2', 2, '社区居民委员会自治事务文书', '居民会议决定、居民公约等社区自治事务文书用印',
    '《中华人民共和国城市居民委员会组织法》', '社区居民委员会', '盖章', '示例，请以官方清单导入替换', 1),
  (3, 'builtin-statutory_duties-1', 1, '宣传宪法、法律、法规和国家的政策', '宣传宪法、法律、法规和国家的政策，教育居民履行依法应尽的义务',
    '《中华人民共和国城市居民委员会组织法》第三条', '社区居民委员会', '履行', '示例，请以官方清单导入替换', 1),
  (3, 'builtin-statutory_duties-2', 2, '调解民间纠纷', '调解居民之间的民间纠纷，促进家庭和睦、邻里团结',
    '《中华人民共和国人民调解法》', '社区人民调解委员会', '履行', '示例，请以官方清单导入替换', 1),
  (3, 'builtin-statutory_duties-3', 3, '办理本居住地区居民的公共事务和公益事业', '组织居民开展公共事务和公益事业',
    '《中华人民共和国城市居民委员会组织法》第三条', '社区居民委员会', '履行', '示例，请以官方清单导入替换', 1),
  (4, 'builtin-assisting_duties-1', 1, '协助做好社会治安综合治理', '协助开展平安建设、治安防范宣传',
    '《中华人民共和国城市居民委员会组织法》第三条', '辖区派出所', '协助', '示例，请以官方清单导入替换', 1),
  (4, 'builtin-assisting_duties-2', 2, '协助做好公共卫生工作', '协助开展爱国卫生运动、健康教育等公共卫生工作',
    '《中华人民共和国城市居民委员会组织法》第三条', '区卫生健康局', '协助', '示例，请以官方清单导入替换', 1),
  (5, 'builtin-certificates-1', 1, '经济困难证明',
    '根据云政发〔2018〕23号，基层仅保留开具的证明材料6项，村（居）民委员会只开具1项证明材料：经济困难证明',
    '《云南省人民政府关于取消和保留证明材料清单的决定》（云政发〔2018〕23号）', '社区居民委员会', '开具证明',
    '居民委员会只开具此一项证明', 0);

UPDATE list_version SET status = 'published', effective_date = '2020-09-23', approved_by = '（内置初始内容）',
  published_at = '2020-09-23T00:00:00+08:00'
WHERE id IN (1, 2, 3, 4, 5);

-- 准入申请: registered by the sub-district, reviewed by it, decided by the district leading group, and,
-- once admitted, possibly revoked. Each step fills its own columns; the CHECKs tie them to the status and
-- the triggers let a request move only one legal step at a time without touching what was recorded.
CREATE TABLE access_request (
  id                     INTEGER PRIMARY KEY,
  request_year           INTEGER NOT NULL CHECK (request_year BETWEEN 2000 AND 2100),
  request_seq            INTEGER NOT NULL CHECK (request_seq >= 1),
  request_no             TEXT GENERATED ALWAYS AS ('准入〔' || request_year || '〕' || request_seq || '号') VIRTUAL,
  status                 TEXT NOT NULL CHECK (status IN ('submitted', 'reviewed', 'approved', 'rejected', 'revoked')),
  requesting_department  TEXT NOT NULL CHECK (length(trim(requesting_department)) > 0),
  title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
  content                TEXT NOT NULL CHECK (length(trim(content)) > 0),
  legal_basis            TEXT NOT NULL DEFAULT '',
  reason                 TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  -- 费随事转: NULL when no funding or no staff come with the work.
  funding_fen            INTEGER CHECK (funding_fen IS NULL OR funding_fen > 0),
  staff_count            INTEGER CHECK (staff_count IS NULL OR staff_count > 0),
  requested_start_date   TEXT NOT NULL CHECK (requested_start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  submitted_date         TEXT NOT NULL CHECK (submitted_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  documents_json         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(documents_json) AND json_type(documents_json) = 'array'),
  submitted_by           TEXT NOT NULL,
  submitted_at           TEXT NOT NULL,
  review_opinion         TEXT,
  reviewed_by            TEXT,
  reviewed_at            TEXT,
  decision               TEXT CHECK (decision IN ('approved', 'rejected')),
  decision_no            TEXT,
  decision_date          TEXT CHECK (decision_date IS NULL OR decision_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  decided_by             TEXT,
  decided_at             TEXT,
  revoked_date           TEXT CHECK (revoked_date IS NULL OR revoked_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  revoke_reason          TEXT,
  revoked_by             TEXT,
  revoked_at             TEXT,
  UNIQUE (request_year, request_seq),
  -- Reviewed in every status after 'submitted', with an opinion.
  CHECK ((status = 'submitted') = (reviewed_at IS NULL)),
  CHECK ((reviewed_at IS NULL) = (review_opinion IS NULL) AND (reviewed_at IS NULL) = (reviewed_by IS NULL)),
  CHECK (review_opinion IS NULL OR length(trim(review_opinion)) > 0),
  -- Decided in 'approved', 'rejected' and 'revoked', with the decision's number and date.
  CHECK ((status IN ('submitted', 'reviewed')) = (decided_at IS NULL)),
  CHECK ((decided_at IS NULL) = (decision IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL)
         AND (decided_at IS NULL) = (decision_date IS NULL) AND (decided_at IS NULL) = (decision_no IS NULL)),
  CHECK (decision_no IS NULL OR length(trim(decision_no)) > 0),
  CHECK (status NOT IN ('approved', 'revoked') OR decision IS 'approved'),
  CHECK (status <> 'rejected' OR decision IS 'rejected'),
  -- Revoked only with a date and a reason.
  CHECK ((status = 'revoked') = (revoked_at IS NOT NULL)),
  CHECK ((revoked_at IS NULL) = (revoked_date IS NULL) AND (revoked_at IS NULL) = (revoke_reason IS NULL)
         AND (revoked_at IS NULL) = (revoked_by IS NULL)),
  CHECK (revoke_reason IS NULL OR length(trim(revoke_reason)) > 0)
) STRICT;
CREATE INDEX access_request_status ON access_request (status);

CREATE TABLE access_request_community (
  request_id    INTEGER NOT NULL REFERENCES access_request (id),
  community_id  INTEGER NOT NULL REFERENCES community (id),
  PRIMARY KEY (request_id, community_id)
) STRICT;
CREATE INDEX access_request_community_community ON access_request_community (community_id);

-- Numbers run 1, 2, 3 ... within a year: a register with a gap would look like a request was removed.
CREATE TRIGGER access_request_no_gaps BEFORE INSERT ON access_request
WHEN NEW.request_seq <> (SELECT coalesce(max(request_seq), 0) + 1 FROM access_request WHERE request_year = NEW.request_year)
BEGIN
  SELECT RAISE(ABORT, 'access request numbers run without gaps');
END;
CREATE TRIGGER access_request_one_step BEFORE UPDATE ON access_request
WHEN NOT ((OLD.status = 'submitted' AND NEW.status = 'reviewed')
       OR (OLD.status = 'reviewed' AND NEW.status IN ('approved', 'rejected'))
       OR (OLD.status = 'approved' AND NEW.status = 'revoked'))
BEGIN
  SELECT RAISE(ABORT, 'an access request moves one workflow step at a time');
END;
-- A step adds its own columns; what the request said and what earlier steps recorded stay as they were.
CREATE TRIGGER access_request_keeps_record BEFORE UPDATE ON access_request
WHEN NEW.request_year IS NOT OLD.request_year OR NEW.request_seq IS NOT OLD.request_seq
  OR NEW.requesting_department IS NOT OLD.requesting_department OR NEW.title IS NOT OLD.title
  OR NEW.content IS NOT OLD.content OR NEW.legal_basis IS NOT OLD.legal_basis OR NEW.reason IS NOT OLD.reason
  OR NEW.funding_fen IS NOT OLD.funding_fen OR NEW.staff_count IS NOT OLD.staff_count
  OR NEW.requested_start_date IS NOT OLD.requested_start_date OR NEW.submitted_date IS NOT OLD.submitted_date
  OR NEW.documents_json IS NOT OLD.documents_json OR NEW.submitted_by IS NOT OLD.submitted_by
  OR NEW.submitted_at IS NOT OLD.submitted_at
  OR (OLD.reviewed_at IS NOT NULL AND (NEW.review_opinion IS NOT OLD.review_opinion
      OR NEW.reviewed_by IS NOT OLD.reviewed_by OR NEW.reviewed_at IS NOT OLD.reviewed_at))
  OR (OLD.decided_at IS NOT NULL AND (NEW.decision IS NOT OLD.decision OR NEW.decision_no IS NOT OLD.decision_no
      OR NEW.decision_date IS NOT OLD.decision_date OR NEW.decided_by IS NOT OLD.decided_by
      OR NEW.decided_at IS NOT OLD.decided_at))
BEGIN
  SELECT RAISE(ABORT, 'a recorded access request step is immutable');
END;
CREATE TRIGGER access_request_no_delete BEFORE DELETE ON access_request
BEGIN
  SELECT RAISE(ABORT, 'access requests are never deleted');
END;
-- The communities a request applies to are what the sub-district reviews and the district decides on:
-- they can be added only before the review, and never changed or removed.
CREATE TRIGGER access_request_community_before_review BEFORE INSERT ON access_request_community
WHEN (SELECT status FROM access_request WHERE id = NEW.request_id) IS NOT 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'the communities of an access request are fixed once it is reviewed');
END;
CREATE TRIGGER access_request_community_no_update BEFORE UPDATE ON access_request_community
BEGIN
  SELECT RAISE(ABORT, 'the communities of an access request are fixed');
END;
CREATE TRIGGER access_request_community_no_delete BEFORE DELETE ON access_request_community
BEGIN
  SELECT RAISE(ABORT, 'the communities of an access request are fixed');
END;
