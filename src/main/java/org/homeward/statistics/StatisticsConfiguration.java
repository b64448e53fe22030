package org.homeward.statistics;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Lets the summary of returns follow the registry in the background. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StatisticsConfiguration {}
