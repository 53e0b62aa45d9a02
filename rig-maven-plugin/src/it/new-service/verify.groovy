// rig:new made inventory-service on it-base, whose first `mvn verify` passed with rig:check in it.
def service = new File(basedir, 'inventory-service')
def pom = new File(service, 'pom.xml').text
assert pom.contains('<artifactId>it-base</artifactId>')
assert pom =~ /(?s)<artifactId>it-base<\/artifactId>\s*<version>1\.0<\/version>\s*<scope>test<\/scope>/
assert pom =~ /(?s)<artifactId>rig-runtime<\/artifactId>\s*<version>[^<]+<\/version>\s*<scope>test<\/scope>/
assert new File(service, 'config/app.yaml').text.contains('team: platform')

// The base's configs and rig's registry live with the tests; production classes are the app's own.
assert new File(service, 'target/test-classes/com/example/it/inventoryservice/RigRegistry.class').isFile()
def production = []
new File(service, 'target/classes').eachFileRecurse { if (it.isFile()) production << it.name }
assert production == ['App.class'] : production

// The invoker appends every invocation's output to one build.log.
def log = new File(basedir, 'build.log').text
assert log.contains('rig: created com.example.it:inventory-service in inventory-service, on com.example.it:it-base:1.0')
assert log.contains('rig: next: cd inventory-service && mvn -B -ntp install')
def serviceLog = log
assert serviceLog.contains('--- rig-maven-plugin:') && serviceLog.contains(':check (check) @ inventory-service ---')
// prebuild.groovy made this folder a git repository: the service is in a subfolder of it, so its
// ten .github files are not written; new and every check say where they belong instead.
assert serviceLog.contains('rig: 11 files checked, all in sync')
assert !new File(service, '.github').exists()
assert !new File(basedir, '.github').exists() : 'nothing is written outside the project root'
assert log.contains('rig: not written: these files belong at the top of the git repository, ' + basedir.canonicalPath)
assert log.contains('    .github/workflows/health_check.yml (its jobs run in inventory-service: defaults.run.working-directory)')
assert serviceLog =~ /config\/app\.yaml\s+com\.example\.itbase\.configs\.AppConfigFile\s+-\s+1\s+com\.example\.it:it-base:1\.0/
