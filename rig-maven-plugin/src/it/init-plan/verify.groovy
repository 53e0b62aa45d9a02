// The invoker appends every invocation's output to one build.log.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 2 : "expected 2 builds in build.log, found ${runs.size()}"

// 1. Without rig.apply: the plan, every file with its diff, and how to apply it; nothing written.
assert runs[0].contains('rig: this is an existing project: init wrote nothing; its plan is')
assert runs[0].contains('    pom.xml (would be updated)')
assert runs[0].contains('    LICENSE (would be created)')
// Order.java is the project's own main source: no App, so no AppTest that would call it.
assert !runs[0].contains('AppTest.java')
assert runs[0].contains('--- a/pom.xml')
assert runs[0].contains("rig: review the plan, then apply it with 'mvn rig:init -Drig.apply=true'")
assert !runs[0].contains('created   LICENSE')
assert runs[0].contains('BUILD SUCCESS')

// 2. With -Drig.apply=true: the plan is written; the project's source and coordinates stay.
assert runs[1].contains('updated   pom.xml')
assert runs[1].contains('created   LICENSE')
assert !runs[1].contains('AppTest.java')
assert runs[1].contains('BUILD SUCCESS')
def pom = new File(basedir, 'pom.xml').text
assert pom.contains('<artifactId>orders</artifactId>')
assert pom.contains('<artifactId>rig-runtime</artifactId>')
assert new File(basedir, 'LICENSE').isFile()
assert new File(basedir, 'src/main/java/com/example/it/orders/Order.java').text.contains('record Order')
