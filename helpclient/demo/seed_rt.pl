#!/usr/bin/perl
# Seed an isolated Request Tracker 5 instance for HelpClient's demo and integration tests.
#
# Run by helpclient/demo/rt_instance.py with RT_SITE_CONFIG_DIR pointing at the instance's
# configuration. Reads one JSON object on stdin:
#   { "queue": "General",
#     "user": { "login", "name", "email", "phone" },
#     "article_class": "Knowledge base",
#     "articles": [ { "name", "summary", "content" }, ... ],
#     "announcement_class": "Announcements",
#     "announcements": [ { "name", "summary", "content", "keywords": [..], "services": [..],
#                          "language" } ] }
# and prints one JSON object on the last line of stdout:
#   { "user_id", "user_token", "admin_token", "queue", "article_class", "articles",
#     "announcement_class", "announcements" }
# Any failure dies with a message on stderr and a non-zero exit status.
use strict;
use warnings;
use utf8;

use lib '/usr/share/request-tracker5/lib';
use JSON::PP ();
use RT;

RT::LoadConfig();
RT::Init();

my $json = JSON::PP->new->utf8->canonical;
my $input = do { local $/; <STDIN> };
my $spec = $json->decode($input);

my $system = RT->SystemUser;

sub check {
    my ( $what, $ok, $msg ) = @_;
    die "seed: $what failed: " . ( $msg // 'unknown error' ) . "\n" unless $ok;
    return $ok;
}

sub grant {
    my ( $principal, $object, @rights ) = @_;
    for my $right (@rights) {
        my ( $ok, $msg ) = $principal->PrincipalObj->GrantRight( Right => $right, Object => $object );
        # Granting a right that is already held is not an error for our purpose.
        next if !$ok && $msg && $msg =~ /already has that right/i;
        check( "granting $right", $ok, $msg );
    }
}

sub make_token {
    my ( $user_id, $description ) = @_;
    my ( $ok, $msg, $token ) = RT::AuthToken->new($system)->Create(
        Owner       => $user_id,
        Description => $description,
    );
    check( "creating a token ($description)", $ok, $msg );
    return $token;
}

# --- queue -----------------------------------------------------------------------------------
my $queue = RT::Queue->new($system);
$queue->Load( $spec->{queue} );
check( "loading queue $spec->{queue}", $queue->Id, 'no such queue' );

# --- end user (unprivileged) ---------------------------------------------------------------
my $u    = $spec->{user};
my $user = RT::User->new($system);
my ( $uid, $umsg ) = $user->Create(
    Name         => $u->{login},
    RealName     => $u->{name},
    EmailAddress => $u->{email},
    WorkPhone    => $u->{phone},
    Privileged   => 0,
    Lang         => 'en',
);
check( "creating user $u->{login}", $uid, $umsg );

# --- rights for end users ----------------------------------------------------------------
my $everyone = RT::Group->new($system);
$everyone->LoadSystemInternalGroup('Everyone');
check( 'loading the Everyone group', $everyone->Id, 'not found' );
grant( $everyone, $queue, qw(CreateTicket SeeQueue) );

# The Requestor role of the queue: the user sees, answers, resolves and reopens their own
# tickets. ShowTicket alone lets them read the public history and its attachments;
# ShowTicketComments is deliberately NOT granted (comments are internal notes).
my $requestor = $queue->RoleGroup('Requestor');
check( 'loading the Requestor role group', $requestor && $requestor->Id, 'not found' );
grant( $requestor, $queue, qw(ShowTicket ReplyToTicket ModifyTicket) );

# --- knowledge base ------------------------------------------------------------------------
my $class = RT::Class->new($system);
$class->Load( $spec->{article_class} );
unless ( $class->Id ) {
    my ( $cid, $cmsg ) = $class->Create(
        Name        => $spec->{article_class},
        Description => 'Self-help articles for end users',
    );
    check( "creating article class $spec->{article_class}", $cid, $cmsg );
}
grant( $everyone, $class, qw(SeeClass ShowArticle) );

my $content_cf = RT::CustomField->new($system);
$content_cf->LoadByName( Name => 'Content', LookupType => RT::Article->CustomFieldLookupType );
check( 'loading the Content custom field', $content_cf->Id, 'not found' );
unless ( $content_cf->IsAdded( $class->Id ) || $content_cf->IsGlobal ) {
    my ( $ok, $msg ) = $content_cf->AddToObject($class);
    check( 'applying Content to the class', $ok, $msg );
}
grant( $everyone, $content_cf, qw(SeeCustomField) );

my @articles;
for my $a ( @{ $spec->{articles} } ) {
    my $article = RT::Article->new($system);
    my ( $aid, $amsg ) = $article->Create(
        Class                             => $class->Id,
        Name                              => $a->{name},
        Summary                           => $a->{summary},
        'CustomField-' . $content_cf->Id  => $a->{content},
    );
    check( "creating article '$a->{name}'", $aid, $amsg );
    push @articles, { id => $aid + 0, name => $a->{name} };
}

# --- announcements of known problems (HelpClient's announcements.rt_class) --------------------
# A class of their own, with the optional fields HelpClient reads (backends/rt/announcements.py).
my $announcement_class = RT::Class->new($system);
$announcement_class->Load( $spec->{announcement_class} );
unless ( $announcement_class->Id ) {
    my ( $cid, $cmsg ) = $announcement_class->Create(
        Name        => $spec->{announcement_class},
        Description => 'Known problems IT announces to end users',
    );
    check( "creating article class $spec->{announcement_class}", $cid, $cmsg );
}
grant( $everyone, $announcement_class, qw(SeeClass ShowArticle) );
unless ( $content_cf->IsAdded( $announcement_class->Id ) || $content_cf->IsGlobal ) {
    my ( $ok, $msg ) = $content_cf->AddToObject($announcement_class);
    check( 'applying Content to the announcement class', $ok, $msg );
}
my %announcement_cf;
for my $field (
    [ Since    => 'DateTime',  1, 'When the problem started, if earlier than the article' ],
    [ Until    => 'DateTime',  1, 'When IT expects it to be over' ],
    [ Resolved => 'Freeform',  1, 'Set (a time, or any text) when the problem is fixed' ],
    [ Keywords => 'Freeform',  0, 'Words users may type about it' ],
    [ Services => 'Freeform',  0, 'Services it affects (shown)' ],
    [ Language => 'Freeform',  1, 'en or ru: only users of that language see it' ],
) {
    my ( $name, $type, $max, $description ) = @$field;
    my $cf = RT::CustomField->new($system);
    $cf->LoadByName( Name => $name, LookupType => RT::Article->CustomFieldLookupType );
    unless ( $cf->Id ) {
        my ( $ok, $msg ) = $cf->Create(
            Name        => $name,
            Type        => $type,
            MaxValues   => $max,
            LookupType  => RT::Article->CustomFieldLookupType,
            Description => $description,
        );
        check( "creating the $name field", $ok, $msg );
    }
    unless ( $cf->IsAdded( $announcement_class->Id ) ) {
        my ( $ok, $msg ) = $cf->AddToObject($announcement_class);
        check( "applying $name to the announcement class", $ok, $msg );
    }
    grant( $everyone, $cf, qw(SeeCustomField) );
    $announcement_cf{$name} = $cf->Id;
}

my @announcements;
for my $a ( @{ $spec->{announcements} || [] } ) {
    my $article = RT::Article->new($system);
    my %values = (
        'CustomField-' . $content_cf->Id                 => $a->{content},
        'CustomField-' . $announcement_cf{Keywords}       => $a->{keywords} || [],
        'CustomField-' . $announcement_cf{Services}       => $a->{services} || [],
    );
    $values{ 'CustomField-' . $announcement_cf{Language} } = $a->{language} if $a->{language};
    my ( $aid, $amsg ) = $article->Create(
        Class   => $announcement_class->Id,
        Name    => $a->{name},
        Summary => $a->{summary},
        %values,
    );
    check( "creating announcement '$a->{name}'", $aid, $amsg );
    push @announcements, { id => $aid + 0, name => $a->{name} };
}

# --- tokens ---------------------------------------------------------------------------------
my $root = RT::User->new($system);
$root->Load('root');
check( 'loading root', $root->Id, 'not found' );

my $result = {
    user_id       => $uid + 0,
    user_token    => make_token( $uid, 'HelpClient demo (end user)' ),
    admin_token   => make_token( $root->Id, 'HelpClient demo (support staff)' ),
    queue         => $queue->Name,
    article_class => $class->Name,
    content_cf_id => $content_cf->Id + 0,
    articles      => \@articles,
    announcement_class => $announcement_class->Name,
    announcement_cf_ids => \%announcement_cf,
    announcements => \@announcements,
};
print "\n", $json->encode($result), "\n";
exit 0;
