// The live dashboard: a year's counts for one organ (or its subtree), pushed by the server as Server-Sent Events
// (event "counts") whenever the statistics projection changes them. Without ?year= the server counts the latest year
// with data and follows it into the next one when that year's first event arrives.
(function () {
  'use strict';

  const GROUPS = {
    DISCLOSED: '予以公开', PARTIALLY_DISCLOSED: '部分公开', WITHHELD: '不予公开',
    UNAVAILABLE: '无法提供', NOT_PROCESSED: '不予处理', OTHER: '其他处理'
  };
  const params = new URLSearchParams(location.search);
  const organSelect = document.getElementById('organ');
  const subtree = document.getElementById('subtree');
  const yearSelect = document.getElementById('year');
  const status = document.getElementById('status');
  const flowChart = echarts.init(document.getElementById('chart-flow'));
  const outcomeChart = echarts.init(document.getElementById('chart-outcomes'));
  let source = null;

  function text(id, value) {
    document.getElementById(id).textContent = value === null || value === undefined ? '—' : String(value);
  }

  function show(counts) {
    text('count-received', counts.received);
    text('count-carriedOver', counts.carriedOver);
    text('count-decided', counts.decided);
    text('count-open', counts.open);
    // Row 四 is what is open now in the current year, and what the year carried over in a past one.
    const openLabel = counts.year < Number(counts.today.slice(0, 4)) ? '结转下年度' : '正在办理';
    document.getElementById('label-open').textContent = openLabel;
    years(counts);
    text('count-overdue', counts.clock.overdue);
    text('count-dueSoon', counts.clock.dueSoon);
    // A due date that runs into a year whose working-day calendar is not loaded is not guessed: say so.
    document.getElementById('count-awaiting-calendar').textContent = counts.clock.awaitingCalendar > 0
      ? '另有 ' + counts.clock.awaitingCalendar + ' 件期限待载入 ' + counts.clock.calendarYear + ' 年工作日历' : '';
    text('count-reviews', counts.reviews.total);
    text('count-reviews-pending', '其中尚未审结 ' + counts.reviews.pending);
    text('count-lawsuits', counts.lawsuits.total);
    text('count-lawsuits-pending', '其中尚未审结 ' + counts.lawsuits.pending);
    const scope = counts.scope === 'subtree' ? '（含下级机关 ' + counts.organs.length + ' 个）' : '';
    text('heading', counts.organName + scope + ' · ' + counts.year + ' 年度 · 截至 ' + counts.today
      + ' · 事件流位置 ' + counts.position);
    document.getElementById('report-link').href = 'report.html?organ=' + encodeURIComponent(counts.organ)
      + '&year=' + counts.year + '&scope=' + counts.scope;
    flowChart.setOption({
      title: { text: '申请办理情况', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: {},
      xAxis: { type: 'category', data: ['本年新收', '上年结转', '本年办结', openLabel] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: [counts.received, counts.carriedOver, counts.decided, counts.open],
        itemStyle: { color: '#9b1c1c' }, label: { show: true, position: 'top' } }]
    });
    outcomeChart.setOption({
      title: { text: '本年办理结果', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
      // With nothing decided yet the pie stays empty rather than showing six equal slices of nothing.
      series: [{ type: 'pie', radius: ['35%', '65%'], top: 30, stillShowZeroSum: false,
        data: Object.keys(GROUPS).map(g => ({ name: GROUPS[g], value: counts.decidedByGroup[g] || 0 })) }]
    });
  }

  // The years with data to choose from, and 最新年度 (follow the latest); the one asked for stays listed.
  function years(counts) {
    const asked = yearSelect.value;
    const listed = [...new Set(counts.years.concat(asked ? [Number(asked)] : []))].sort((a, b) => b - a);
    const wanted = ['', ...listed.map(String)];
    if ([...yearSelect.options].map(o => o.value).join() !== wanted.join()) {
      yearSelect.replaceChildren(new Option('最新年度', ''), ...listed.map(y => new Option(y + ' 年度', String(y))));
      yearSelect.value = asked;
    }
  }

  function watch() {
    if (source) {
      source.close();
    }
    const organ = organSelect.value;
    const scope = subtree.checked ? 'subtree' : 'self';
    const year = yearSelect.value ? '&year=' + yearSelect.value : '';
    history.replaceState(null, '', '?organ=' + encodeURIComponent(organ) + '&scope=' + scope + year);
    source = new EventSource(gongkaiAccess.streamUrl('api/v1/organs/' + encodeURIComponent(organ)
      + '/dashboard/stream?scope=' + scope + year));
    source.addEventListener('counts', e => {
      show(JSON.parse(e.data));
      status.textContent = '实时 · 更新于 ' + new Date().toLocaleTimeString('zh-CN');
      status.dataset.state = 'live';
    });
    source.onerror = () => {
      status.textContent = '连接中断，正在重连…';
      status.dataset.state = 'reconnecting';
    };
  }

  gongkaiAccess.api('api/v1/organs').then(r => r.json()).then(organs => {
    if (organs.length === 0) {
      status.textContent = '尚无机关：请先发送 gongkai.organ.registered 事件';
      return;
    }
    organs.forEach(o => organSelect.add(new Option(o.name + '（' + o.organ + '）', o.organ)));
    if (params.get('organ')) {
      organSelect.value = params.get('organ');
    }
    subtree.checked = params.get('scope') === 'subtree';
    if (params.get('year')) {
      yearSelect.add(new Option(params.get('year') + ' 年度', params.get('year')));
      yearSelect.value = params.get('year');
    }
    [organSelect, subtree, yearSelect].forEach(c => c.addEventListener('change', watch));
    watch();
  }).catch(problem => { status.textContent = '无法读取机关：' + problem; });
  window.addEventListener('resize', () => { flowChart.resize(); outcomeChart.resize(); });
})();
