import java.util.zip.ZipFile
import java.util.zip.ZipInputStream

// Spring Boot's fat jar: the service's classes and its production libraries, nothing of rig's.
def jar = new ZipFile(new File(basedir, 'target/shop-1.0.jar'))
def names = jar.entries().collect { it.name }
assert names.contains('BOOT-INF/classes/com/example/it/shop/ShopApplication.class')
def libs = names.findAll { it.startsWith('BOOT-INF/lib/') && it.endsWith('.jar') }
assert libs.any { it.startsWith('BOOT-INF/lib/spring-boot-4.0.7') } : libs

// Neither rig's jars, its base's, nor their libraries...
def forbiddenJars = ~/(?i)picocli|jackson-dataformat-yaml|snakeyaml|tomlj|antlr|junit|opentest4j|rig-|it-base|java-diff-utils|maven-artifact|plexus/
assert libs.findAll { it =~ forbiddenJars }.isEmpty() : libs.findAll { it =~ forbiddenJars }
// ...nor any class of theirs, in the service's classes or inside any nested jar.
def forbiddenClasses = ['picocli/', 'com/fasterxml/jackson/dataformat/yaml/', 'org/yaml/snakeyaml/',
                        'org/tomlj/', 'org/junit/', 'dev/rig/', 'com/example/itbase/']
def offending = names.findAll { n -> forbiddenClasses.any { n.startsWith('BOOT-INF/classes/' + it) } }
libs.each { lib ->
  new ZipInputStream(jar.getInputStream(jar.getEntry(lib))).withCloseable { nested ->
    for (def e = nested.nextEntry; e != null; e = nested.nextEntry) {
      if (forbiddenClasses.any { e.name.startsWith(it) }) offending << lib + '!/' + e.name
    }
  }
}
assert offending.isEmpty() : offending.take(10)
// rig's registry for this service was generated with its tests, outside the jar.
assert new File(basedir, 'target/test-classes/com/example/it/shop/RigRegistry.class').isFile()
assert !names.any { it.contains('RigRegistry') || it.contains('RigMain') }
