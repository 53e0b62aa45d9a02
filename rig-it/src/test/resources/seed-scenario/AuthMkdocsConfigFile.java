package com.myorg.auth.configs;

import dev.rig.annotations.RigConfig;

/**
 * auth-service settles the conflict: service-base's mkdocs.yml wins, and this class takes the
 * docs team's place too.
 */
@RigConfig(replaces = com.myorg.docstheme.MkdocsConfigFile.class)
public class MkdocsConfigFile extends com.myorg.servicebase.configs.MkdocsConfigFile {}
