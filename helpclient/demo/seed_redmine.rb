# Seeds a fresh Redmine 5 instance for HelpClient's tests and demo (run by `rails runner`).
#
# Input (environment): HC_USER_KEY, HC_PLAIN_KEY, HC_ADMIN_KEY (API keys to fix), HC_STATE
# (where to write what was made, as JSON), HC_ARTICLES (optional JSON file: wiki pages to load).
# What it makes: the REST API on; a private project "it-help" with issue tracking and a wiki;
# alice, a Reporter who may close her own requests (edit_own_issues) and reopen them (a workflow
# transition from Closed back to In Progress), seeing only her own issues; bob, a second end
# user with Redmine's default Reporter rights only (a status change is silently ignored for him).
require 'json'

def fix_key(user, key)
  user.api_key # makes the token row
  Token.where(user_id: user.id, action: 'api').first.update_column(:value, key)
end

Setting.rest_api_enabled = '1'
Setting.login_required = '0'

admin = User.find_by(login: 'admin')
admin.password = admin.password_confirmation = 'helpclient-admin'
admin.must_change_passwd = false
admin.save!
fix_key(admin, ENV.fetch('HC_ADMIN_KEY'))

project = Project.new(name: 'IT Help', identifier: 'it-help', is_public: false,
                      description: 'Requests to the IT department')
project.enabled_module_names = %w[issue_tracking wiki]
project.trackers = Tracker.all
project.save!

reporter = Role.find_by(builtin: 0, name: 'Reporter') || Role.givable.last
plain = reporter.dup
plain.name = 'Reporter (default rights)'
plain.issues_visibility = 'own'
plain.save!
plain.copy_workflow_rules(reporter)

reporter.issues_visibility = 'own'
reporter.add_permission!(:edit_own_issues)
reporter.save!
closed = IssueStatus.where(is_closed: true).order(:position).first
in_progress = IssueStatus.find_by(name: 'In Progress') || IssueStatus.where(is_closed: false).order(:position).second
Tracker.all.each do |tracker|
  WorkflowTransition.find_or_create_by!(tracker_id: tracker.id, role_id: reporter.id,
                                        old_status_id: closed.id, new_status_id: in_progress.id)
end

def end_user(login, first, last, role, project, key)
  user = User.new(firstname: first, lastname: last, mail: "#{login}@example.com",
                  language: 'en')
  user.login = login
  user.password = user.password_confirmation = "#{login}-password-1"
  user.save!
  user.pref.update!(hide_mail: false)
  Member.create!(project: project, principal: user, role_ids: [role.id])
  fix_key(user, key)
  user
end

alice = end_user('alice', 'Alice', 'Example', reporter, project, ENV.fetch('HC_USER_KEY'))
end_user('bob', 'Bob', 'Plain', plain, project, ENV.fetch('HC_PLAIN_KEY'))

articles = ENV['HC_ARTICLES'].to_s.empty? ? [] : JSON.parse(File.read(ENV['HC_ARTICLES']))
articles.each do |article|
  wiki = project.wiki || Wiki.create!(project: project, start_page: 'Wiki')
  page = WikiPage.new(wiki: wiki, title: article.fetch('title'))
  page.content = WikiContent.new(page: page, text: article.fetch('text'), author: admin)
  page.save!
end

File.write(ENV.fetch('HC_STATE'), JSON.generate(
  project: project.identifier, project_id: project.id, user_id: alice.id,
  trackers: Tracker.sorted.map { |t| { id: t.id, name: t.name } },
  statuses: IssueStatus.sorted.map { |s| { id: s.id, name: s.name, is_closed: s.is_closed } }))
